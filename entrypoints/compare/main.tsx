import { render } from 'preact';
import { i18n } from '#i18n';
import { ComparePage } from '../../components/checklist/ComparePage.tsx';
import '../../assets/ui.css';

// index.html holds the English title for the moment before this runs.
document.title = i18n.t('compare.title');
render(<ComparePage />, document.getElementById('app')!);
