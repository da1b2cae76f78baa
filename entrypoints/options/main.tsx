import { render } from 'preact';
import { OptionsPage } from '../../components/checklist/options/OptionsPage.tsx';
import '../../assets/ui.css';

render(<OptionsPage />, document.getElementById('app')!);
