import { render } from 'preact';
import { Connected } from '../components/Connected.tsx';
import { BreakWindow } from '../views/Break.tsx';
import '../styles/base.css';
import '../styles/guides.css';
import '../styles/break.css';

render(<Connected>{(state) => <BreakWindow state={state} />}</Connected>, document.getElementById('app') as HTMLElement);
