import { i18n } from '#i18n';
import { richText } from '../i18n/rich.ts';

// The pictures are drawn with HTML and CSS (not screenshots), so they follow
// the light or dark theme and stay readable when zoomed.
const ClaimPicture = () => (
  <div class="picture" aria-hidden="true">
    <p>
      {richText(i18n.t('welcome.tour.claims.pictureText', { claim: '{claim}' }), {
        claim: <mark class="picture__claim">{i18n.t('welcome.tour.claims.pictureClaim')}</mark>,
      })}
    </p>
    <div class="picture__card">
      <strong>{i18n.t('welcome.tour.claims.pictureCardTitle')}</strong>
      <span>{i18n.t('welcome.tour.claims.pictureCardText')}</span>
    </div>
  </div>
);

const ChecklistPicture = () => (
  <div class="picture" aria-hidden="true">
    <strong>{i18n.t('welcome.tour.checklist.pictureProgress')}</strong>
    <span>{i18n.t('welcome.tour.checklist.pictureQuestion')}</span>
    <span class="picture__choices">
      <span>{i18n.t('welcome.tour.checklist.pictureReassuring')}</span>
      <span class="picture__chosen">{i18n.t('welcome.tour.checklist.pictureRedFlag')}</span>
      <span>{i18n.t('welcome.tour.checklist.pictureUnclear')}</span>
    </span>
  </div>
);

const FlagPicture = () => (
  <div class="picture" aria-hidden="true">
    <p>
      <mark class="picture__flag">{i18n.t('welcome.tour.flag.pictureClaim')}</mark>
    </p>
    <span class="picture__button">{i18n.t('welcome.tour.flag.pictureButton')}</span>
    <span>{i18n.t('welcome.tour.flag.pictureMeta')}</span>
  </div>
);

/** The tour's steps: what to do (locales/en.yml keys), and a small picture of it. */
export const TOUR_STEPS = [
  {
    title: 'welcome.tour.claims.title',
    body: ['welcome.tour.claims.text1', 'welcome.tour.claims.text2'],
    Picture: ClaimPicture,
  },
  {
    title: 'welcome.tour.checklist.title',
    body: ['welcome.tour.checklist.text1', 'welcome.tour.checklist.text2'],
    Picture: ChecklistPicture,
  },
  {
    title: 'welcome.tour.flag.title',
    body: ['welcome.tour.flag.text1', 'welcome.tour.flag.text2'],
    Picture: FlagPicture,
  },
] as const;
