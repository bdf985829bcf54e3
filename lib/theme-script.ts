// The one inline script of every page: applies the saved or system theme before first paint and marks
// that JavaScript runs. The Content-Security-Policy allows it by its hash (lib/hosting/headers.ts).
export const THEME_SCRIPT = `(function(){var d=document.documentElement;d.classList.add('js');try{var t=localStorage.getItem('theme');var dark=t?t==='dark':window.matchMedia('(prefers-color-scheme: dark)').matches;if(dark)d.classList.add('dark');}catch(e){}})();`;
