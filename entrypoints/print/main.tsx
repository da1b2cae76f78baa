import { render } from 'preact';
import { i18n } from '#i18n';
import { localizePage } from '../../components/i18n/page.ts';
import { PrintPage } from '../../components/checklist/PrintPage.tsx';

localizePage(i18n.t('print.title'));
render(<PrintPage />, document.getElementById('app')!);
