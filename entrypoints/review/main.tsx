import { render } from 'preact';
import { i18n } from '#i18n';
import { localizePage } from '../../components/i18n/page.ts';
import { ReviewApp } from '../../components/flags/ReviewApp.tsx';
import '../../assets/ui.css';

localizePage(i18n.t('review.title'));
render(<ReviewApp />, document.getElementById('app')!);
