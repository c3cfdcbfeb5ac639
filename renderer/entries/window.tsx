import { render } from 'preact';
import { Connected } from '../components/Connected.tsx';
import { t } from '../i18n.ts';
import { WindowApp } from '../views/WindowApp.tsx';
import '../styles/base.css';
import '../styles/window.css';
// Every view's styles come with the page (about 8 kB gzipped), though most views are fetched on
// demand: the cascade keeps one order, and a view never draws before its styles arrive.
import '../styles/fields.css';
import '../styles/planner.css';
import '../styles/setup.css';
import '../styles/userGuide.css';
import '../styles/history.css';
import '../styles/guides.css';
import '../styles/illustration.css';
import '../styles/player.css';
import '../styles/today.css';

document.title = t('app.name');
render(<Connected>{(state) => <WindowApp state={state} />}</Connected>, document.getElementById('app') as HTMLElement);
