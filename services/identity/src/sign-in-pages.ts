import { createHash } from 'node:crypto';
import type { PageLanguage } from './page-language.js';

/** An HTML page and the headers it must be served with. */
export interface HtmlPage {
  readonly status: number;
  readonly language: PageLanguage;
  readonly html: string;
}

// One stylesheet, inline so the page needs nothing else; the CSP allows exactly this text by its
// hash, so the page runs no script and loads nothing from anywhere.
const STYLE = `
body{margin:0;min-height:100vh;display:flex;align-items:center;justify-content:center;
background:#f0f2f5;font-family:"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;color:#1f1f1f}
main{background:#fff;width:min(22rem,92vw);padding:2rem;border-radius:8px;box-shadow:0 2px 8px rgba(0,0,0,.12)}
h1{font-size:1.35rem;margin:0 0 .25rem}
p.realm{margin:0 0 1.5rem;color:#595959}
label{display:block;margin:1rem 0 .35rem;font-weight:600}
input{box-sizing:border-box;width:100%;padding:.6rem .7rem;font-size:1rem;border:1px solid #8c8c8c;border-radius:4px}
input:focus,button:focus{outline:3px solid #1677ff;outline-offset:1px}
button{margin-top:1.5rem;width:100%;padding:.7rem;font-size:1rem;border:0;border-radius:4px;background:#0958d9;color:#fff;cursor:pointer}
button:hover{background:#003eb3}
.error{margin:0 0 1rem;padding:.6rem .8rem;border:1px solid #ff4d4f;border-radius:4px;background:#fff1f0;color:#a8071a}
`;

export const PAGE_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`,
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

const TEXT = {
  zh: {
    htmlLang: 'zh-CN',
    title: '登录',
    heading: '登录一网统管',
    username: '用户名',
    password: '密码',
    submit: '登录',
    errorTitle: '无法登录',
    loggedOutTitle: '已退出登录',
    loggedOut: '您已退出登录。',
  },
  en: {
    htmlLang: 'en',
    title: 'Sign in',
    heading: 'Sign in to 一网统管',
    username: 'Username',
    password: 'Password',
    submit: 'Sign in',
    errorTitle: 'Cannot sign in',
    loggedOutTitle: 'Signed out',
    loggedOut: 'You are signed out.',
  },
} as const;

export interface LoginPageInput {
  readonly language: PageLanguage;
  readonly realmDisplayName: string;
  /** Where the form posts: the pending login's own URL. */
  readonly action: string;
  readonly username?: string;
  readonly error?: string;
  readonly status?: number;
}

export function loginPage(input: LoginPageInput): HtmlPage {
  const t = TEXT[input.language];
  // The error is announced (role=alert) and tied to the inputs, so a screen reader hears it.
  const error = input.error
    ? `<p class="error" id="login-error" role="alert">${escapeHtml(input.error)}</p>`
    : '';
  const describedBy = input.error ? ' aria-describedby="login-error" aria-invalid="true"' : '';
  const body = `<h1>${t.heading}</h1>
<p class="realm">${escapeHtml(input.realmDisplayName)}</p>
${error}<form method="post" action="${escapeHtml(input.action)}">
<label for="username">${t.username}</label>
<input id="username" name="username" type="text" autocomplete="username" autocapitalize="none" spellcheck="false" required value="${escapeHtml(input.username ?? '')}"${input.username ? '' : ' autofocus'}${describedBy}>
<label for="password">${t.password}</label>
<input id="password" name="password" type="password" autocomplete="current-password" required${input.username ? ' autofocus' : ''}${describedBy}>
<button type="submit">${t.submit}</button>
</form>`;
  return {
    status: input.status ?? 200,
    language: input.language,
    html: document(input.language, t.title, body),
  };
}

/** A refusal the browser must not be redirected for (unknown client, unregistered URI, …). */
export function errorPage(language: PageLanguage, message: string, status = 400): HtmlPage {
  const t = TEXT[language];
  const body = `<h1>${t.errorTitle}</h1>\n<p class="error" role="alert">${escapeHtml(message)}</p>`;
  return { status, language, html: document(language, t.errorTitle, body) };
}

export function loggedOutPage(language: PageLanguage): HtmlPage {
  const t = TEXT[language];
  const body = `<h1>${t.loggedOutTitle}</h1>\n<p>${t.loggedOut}</p>`;
  return { status: 200, language, html: document(language, t.loggedOutTitle, body) };
}

function document(language: PageLanguage, title: string, body: string): string {
  return `<!doctype html>
<html lang="${TEXT[language].htmlLang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${title}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
