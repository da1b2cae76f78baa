import { render } from 'preact';
import { PrintPage } from '../../components/checklist/PrintPage.tsx';

render(<PrintPage />, document.getElementById('app')!);
