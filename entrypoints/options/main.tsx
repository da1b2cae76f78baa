import { render } from 'preact';
import { i18n } from '#i18n';
import { OptionsPage } from '../../components/checklist/options/OptionsPage.tsx';
import '../../assets/ui.css';

// index.html holds the English title for the moment before this runs.
document.title = i18n.t('options.title');
render(<OptionsPage />, document.getElementById('app')!);
