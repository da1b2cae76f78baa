import { render } from 'preact';
import { App } from './App.tsx';
import '../../assets/ui.css';

render(<App />, document.getElementById('app')!);
