import { render } from 'preact';
import { Connected } from '../components/Connected.tsx';
import { t } from '../i18n.ts';
import { WindowApp } from '../views/WindowApp.tsx';
import '../styles/base.css';
import '../styles/window.css';

document.title = t('app.name');
render(<Connected>{(state) => <WindowApp state={state} />}</Connected>, document.getElementById('app') as HTMLElement);
