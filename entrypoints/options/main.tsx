import { render } from 'preact';
import { i18n } from '#i18n';
import { localizePage } from '../../components/i18n/page.ts';
import { OptionsPage } from '../../components/checklist/options/OptionsPage.tsx';
import '../../assets/ui.css';

localizePage(i18n.t('options.title'));
render(<OptionsPage />, document.getElementById('app')!);
