import { render } from 'preact';
import { i18n } from '#i18n';
import { localizePage } from '../../components/i18n/page.ts';
import { ComparePage } from '../../components/checklist/ComparePage.tsx';
import '../../assets/ui.css';

localizePage(i18n.t('compare.title'));
render(<ComparePage />, document.getElementById('app')!);
