import { describe, expect, test } from 'vitest';
import { ANNO_CONTEXT, FORMAT_VERSION, flagToAnnotation, toAnnotationCollection } from './jsonld.ts';
import { sampleFlag, UUIDS } from './test-fixtures.ts';

const NOW = new Date('2026-09-02T08:00:00Z');
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

describe('W3C Web Annotation shape (https://www.w3.org/TR/annotation-model/)', () => {
  const flag = sampleFlag('permanent results', { termId: 'PERM-01', origin: 'finding' });
  const annotation = flagToAnnotation(flag);

  test('3.1 Annotation: @context, id (an IRI), type, motivation', () => {
    expect(annotation['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(annotation.id).toBe(`urn:uuid:${UUIDS[0]}`);
    expect(annotation.type).toBe('Annotation');
    expect(annotation.motivation).toBe('assessing');
  });

  test('3.3.5 created and modified are xsd:dateTime in UTC', () => {
    expect(annotation.created).toMatch(ISO);
    expect(annotation.modified).toMatch(ISO);
    expect(annotation.created).toBe('2026-09-01T10:00:00.000Z');
  });

  test('3.2.4 bodies: classifying category, commenting note as text/plain, tagging severity', () => {
    expect(annotation.body).toEqual([
      { type: 'TextualBody', purpose: 'classifying', value: 'PERM' },
      { type: 'TextualBody', purpose: 'commenting', value: 'No follow-up data.', format: 'text/plain' },
      { type: 'TextualBody', purpose: 'tagging', value: 'severity:high' },
    ]);
    for (const body of annotation.body) {
      expect(['assessing', 'bookmarking', 'classifying', 'commenting', 'describing', 'editing', 'highlighting', 'identifying', 'linking', 'moderating', 'questioning', 'replying', 'tagging']).toContain(body.purpose);
    }
  });

  test('3.2 target is a SpecificResource: source without #fragment, selector list', () => {
    expect(annotation.target.source).toBe('https://www.renew-clinic.example/facials');
    expect(Array.isArray(annotation.target.selector)).toBe(true);
    expect(annotation.target.selector).toHaveLength(2);
  });

  test('4.2.4 TextQuoteSelector: exact, prefix, suffix', () => {
    const [quote] = annotation.target.selector;
    expect(Object.keys(quote).sort()).toEqual(['exact', 'prefix', 'suffix', 'type']);
    expect(quote.type).toBe('TextQuoteSelector');
    expect(quote.exact).toBe('permanent results');
    expect(quote.prefix).toBe('c offers stem cell facials with ');
    expect(quote.suffix).toBe('. Our doctors explain every risk');
  });

  test('4.2.5 TextPositionSelector: start and end (exclusive), non-negative integers', () => {
    const [, position] = annotation.target.selector;
    expect(Object.keys(position).sort()).toEqual(['end', 'start', 'type']);
    expect(position.type).toBe('TextPositionSelector');
    expect(Number.isInteger(position.start) && position.start >= 0).toBe(true);
    expect(position.end - position.start).toBe('permanent results'.length);
  });

  test('ClinicCheck extension properties carry title, origin and term', () => {
    expect(annotation['cliniccheck:title']).toBe('Stem cell facials | Renew');
    expect(annotation['cliniccheck:origin']).toBe('finding');
    expect(annotation['cliniccheck:termId']).toBe('PERM-01');
    expect('cliniccheck:termId' in flagToAnnotation(sampleFlag('stem cell facials'))).toBe(false);
  });

  test('5.1 AnnotationCollection with one AnnotationPage holding every annotation', () => {
    const flags = [sampleFlag('permanent results'), sampleFlag('stem cell facials', {}, UUIDS[1])];
    const collection = toAnnotationCollection(flags, UUIDS[2]!, NOW);
    expect(collection['@context']).toBe(ANNO_CONTEXT);
    expect(collection.id).toBe(`urn:uuid:${UUIDS[2]}`);
    expect(collection.type).toBe('AnnotationCollection');
    expect(typeof collection.label).toBe('string');
    expect(collection.total).toBe(2);
    expect(collection.generated).toBe(NOW.toISOString());
    expect(collection.generator).toEqual({ type: 'Software', name: 'ClinicCheck' });
    expect(collection['cliniccheck:formatVersion']).toBe(FORMAT_VERSION);
    expect(collection.first.type).toBe('AnnotationPage');
    expect(collection.first.startIndex).toBe(0);
    expect(collection.first.items.map((a) => a.id)).toEqual(flags.map((f) => `urn:uuid:${f.id}`));
    // Survives JSON: no undefined fields, no class instances.
    expect(JSON.parse(JSON.stringify(collection))).toEqual(collection);
  });
});
