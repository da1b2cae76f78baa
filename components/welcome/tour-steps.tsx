import type { JSX } from 'preact';

/** One step of the one-minute tour: what to do, and a small picture of it. */
export interface TourStep {
  title: string;
  body: string[];
  Picture: () => JSX.Element;
}

// The pictures are drawn with HTML and CSS (not screenshots), so they follow
// the light or dark theme and stay readable when zoomed.
const ClaimPicture = () => (
  <div class="picture" aria-hidden="true">
    <p>
      Our clinic offers <mark class="picture__claim">permanent results</mark> with no downtime.
    </p>
    <div class="picture__card">
      <strong>Permanence and guarantees</strong>
      <span>Most treatments fade or need repeating. Ask: how long did results last for patients like me?</span>
    </div>
  </div>
);

const ChecklistPicture = () => (
  <div class="picture" aria-hidden="true">
    <strong>Question 4 of 28</strong>
    <span>Is this treatment approved for my condition, and by whom?</span>
    <span class="picture__choices">
      <span>Reassuring</span>
      <span class="picture__chosen">Red flag</span>
      <span>Unclear</span>
    </span>
  </div>
);

const FlagPicture = () => (
  <div class="picture" aria-hidden="true">
    <p>
      <mark class="picture__flag">Trusted by thousands of happy patients</mark>
    </p>
    <span class="picture__button">Flag</span>
    <span>Category: Testimonials · Severity: medium</span>
  </div>
);

export const TOUR_STEPS: TourStep[] = [
  {
    title: 'Read the highlighted claims',
    body: [
      'Open a clinic’s website. Claims that can mislead are highlighted, and the toolbar button shows how many there are.',
      'Point at a highlight, or move to it with the next and previous finding shortcuts, to open its card: why the claim can mislead, what to ask, and the source. The popup’s “On this page” tab lists every finding by category.',
    ],
    Picture: ClaimPicture,
  },
  {
    title: 'Work through the checklist',
    body: [
      'On a clinic’s site, open ClinicCheck from the toolbar, choose “Checklist” and start a checklist for that site, or add a clinic you met by phone or in person. Questions that the page’s claims point to come first.',
      'Record what the clinic said for each question and add your own notes; everything is saved as you go. Compare clinics side by side, and export as JSON, CSV, Markdown or a printable page.',
    ],
    Picture: ChecklistPicture,
  },
  {
    title: 'Flag a claim for review',
    body: [
      'Select text on any page and flag it: with the right-click menu, the keyboard shortcut, or the small button that appears next to your selection.',
      'Pick a category, a severity and a note. Flags are highlighted again on your next visit; the review page lists them all and exports them as web annotations, CSV or Markdown.',
    ],
    Picture: FlagPicture,
  },
];
