const CAPABILITIES = [
  {
    title: 'Spots claims that can mislead',
    text: 'On clinic pages, phrases such as "permanent results", "no side effects" or "FDA-approved stem cells" are highlighted. Hover over one, or reach it with the keyboard, to see why it can mislead, what to ask the clinic and where that advice comes from. The toolbar badge counts them.',
  },
  {
    title: 'Helps you ask the right questions',
    text: 'A checklist of 28 questions about the treatment, the evidence, the practitioner, the risks and the costs. Record what each clinic told you, compare clinics side by side, and export your answers to take to an appointment.',
  },
  {
    title: 'Lets reviewers flag claims',
    text: 'Select any text on a page and flag it with a category and a note. Flags are highlighted again when you come back, even if the page has changed a little, and export as standard web annotations.',
  },
];

const NEVER = [
  'It makes no network requests: no servers, no updates of word lists, no tracking pixels. Everything it knows ships inside the extension.',
  'It collects nothing: no analytics, no account, no telemetry. Its Firefox package declares that it collects no data.',
  'Nothing leaves your browser. Your checklist answers and flags are kept in the browser\'s own extension storage on this device, until you export or delete them.',
  "It does not change the pages you read: highlights are drawn over the text, and its cards live in their own isolated layer.",
];

/** The three capabilities, as cards. */
export function WhatItDoes({ id }: { id: string }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} tabIndex={-1}>
      <h2 id={`${id}-title`}>What it does</h2>
      <ul class="cards">
        {CAPABILITIES.map((c) => (
          <li key={c.title} class="card">
            <h3>{c.title}</h3>
            <p>{c.text}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The privacy promise, in plain words. */
export function WhatItNeverDoes({ id }: { id: string }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} tabIndex={-1}>
      <h2 id={`${id}-title`}>What it never does</h2>
      <ul class="promises">
        {NEVER.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p>
        To do its job it reads the text of the web pages you open, on this device only. That is why the browser says it
        can "read and change data on websites": you can narrow that down below.
      </p>
    </section>
  );
}
