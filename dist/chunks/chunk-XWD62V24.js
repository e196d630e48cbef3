import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);

// src/text/secrets.ts
function maskSecrets(text, secrets) {
  const forms = [...new Set(secrets.filter((s) => s.length > 0).flatMap((s) => [s, JSON.stringify(s).slice(1, -1), encodeURIComponent(s)]))].sort(
    (a, b) => b.length - a.length
  );
  return forms.reduce((masked, form) => masked.split(form).join("***"), text);
}

export {
  maskSecrets
};
