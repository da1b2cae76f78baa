import { render } from 'preact';
import { i18n } from '#i18n';
import { PrintPage } from '../../components/checklist/PrintPage.tsx';

// index.html holds the English title for the moment before this runs.
document.title = i18n.t('print.title');
render(<PrintPage />, document.getElementById('app')!);
