// The bare page frame (brand and language switch) of the screens shown before the app: signing in,
// the forced password change, loading the session.
import type { ReactNode } from 'react';
import { LanguageSwitch } from '../../shared/language-switch.tsx';

export function Frame({ children }: { children: ReactNode }) {
  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
          <span className="brand-name">Peta RB</span>
        </div>
        <div className="header-tools">
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" className="narrow-main">
        {children}
      </main>
    </div>
  );
}
