/**
 * Content-Security-Policy of the renderer. One string shared by the Electron protocol handler
 * (HTTP header) and the production web build (meta tag), so both runtimes enforce the same rules.
 * No remote content anywhere: the app must work offline and never load third-party code, styles
 * or images. The one exception is `connect-src` to a team server the user configures
 * (Paramètres › Équipe): any HTTPS origin, or plain HTTP on loopback only — the server itself
 * refuses plain HTTP elsewhere.
 * 'unsafe-inline' styles: Mantine writes CSS variables in style attributes and <style> tags.
 * 'wasm-unsafe-eval': pdf.js decodes some image formats with WebAssembly; it is not JS eval.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' data: blob: https: http://localhost:* http://127.0.0.1:*",
  "worker-src 'self' blob:",
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
