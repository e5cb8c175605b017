// Tokens and element styles first: component stylesheets (imported by the components) build on them.
import './styles/tokens.css';
import './styles/base.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { verdictCss } from '../core/theme/verdict-palette';
import { App } from './App';

// Errors are data everywhere; anything that still escapes is logged, never left unhandled.
window.addEventListener('unhandledrejection', (e) => {
  console.error('Unhandled rejection:', e.reason);
  e.preventDefault();
});

// The verdict colours come from the one palette the exported pages use too.
const verdictStyle = document.createElement('style');
verdictStyle.textContent = verdictCss({ dark: true });
document.head.append(verdictStyle);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
