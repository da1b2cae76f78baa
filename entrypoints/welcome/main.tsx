import { render } from 'preact';
import { WelcomePage } from '../../components/welcome/WelcomePage.tsx';
import './welcome.css';

render(<WelcomePage />, document.getElementById('app')!);
