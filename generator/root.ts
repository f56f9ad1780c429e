// The tierforge checkout (or installed package) this code runs from: generator/ and dist/ are
// both one level below it, so the same expression works from source (tsx) and from the bundle.
export const PROJECT_ROOT = new URL("..", import.meta.url).pathname.replace(/\/$/, "");
