import { render } from 'preact';
import { ComparePage } from '../../components/checklist/ComparePage.tsx';
import '../../assets/ui.css';

render(<ComparePage />, document.getElementById('app')!);
