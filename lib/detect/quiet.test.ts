import { describe, expect, test } from 'vitest';
import { detect } from './index.ts';

// Pages that are not about treatments, written for this test. Generic words
// ("safe", "guarantee", "permanent", "results", "miracle", "study") appear on
// purpose: on their own they must never fire (domain reference section 1.3).
const NEWS = `City council approves new cycle lanes

The council voted on Tuesday to approve a permanent network of protected cycle lanes across the centre.
Officials said the study of traffic results showed the lanes were safe and effective at reducing collisions.
"It is a breakthrough for the city," the mayor said, calling the vote a small miracle after years of debate.
Construction starts in spring; residents can read the full report on the council website.`;

const SHOP = `Trail running shoes, size 42

Free delivery and a lowest price guarantee. Approved financing available at checkout.
Our lifetime warranty covers the sole. Limited colours: graphite, moss and sand.
Customers say the grip is excellent on wet rock and the cushioning stays comfortable for hours.
Returns accepted within 30 days. Add to cart to see shipping options.`;

const DOCS = `Installing the command-line tool

Run the installer and restart your terminal. The tool stores its cache in your home folder.
Permanent settings live in a configuration file; temporary ones can be passed as flags.
If the build fails, clear the cache and try again. Tests run in a clean environment, so results are reproducible.
See the changelog for the advanced options added in version 2.`;

const MAIL = `Hi Sam,

Thanks for the notes from the lab meeting. The trial run of the new scheduler went well and the results look natural.
I will be forever grateful if you can send the slides before Friday. Doctor's appointment on Thursday, so I am out after lunch.

Best, Alex`;

describe('quiet where it does not belong', () => {
  test.each([
    ['news', NEWS],
    ['shopping', SHOP],
    ['documentation', DOCS],
    ['mail', MAIL],
  ])('%s page: no active findings', (_kind, text) => {
    expect(detect(text).filter((f) => f.status === 'active').map((f) => f.quote)).toEqual([]);
  });
});
