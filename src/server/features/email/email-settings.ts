// Whether notifications are also mailed, set once by the app at start from PETA_RB_SMTP_URL. It is
// process-wide because notifications are written deep inside service transactions that know nothing
// of the app; one app runs per process.
export interface EmailSettings {
  /** Base URL of the web app for links in messages, e.g. https://petarb.kupangkab.go.id. */
  publicUrl: string | null;
}

let current: EmailSettings | null = null;

export function configureEmail(settings: EmailSettings | null): void {
  current = settings;
}

export function emailSettings(): EmailSettings | null {
  return current;
}
