import { i18n } from '#i18n';
import { render } from 'preact';
import { localizePage } from '../../components/i18n/page.ts';
import { WelcomePage } from '../../components/welcome/WelcomePage.tsx';
import './welcome.css';

localizePage(i18n.t('welcome.title'));
render(<WelcomePage />, document.getElementById('app')!);
