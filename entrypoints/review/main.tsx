import { render } from 'preact';
import { ReviewApp } from '../../components/flags/ReviewApp.tsx';
import '../../assets/ui.css';

render(<ReviewApp />, document.getElementById('app')!);
