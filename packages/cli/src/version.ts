// Replaced by the bundler with package.json's version; running from source (tests) says so instead.
declare const __OGI_VERSION__: string | undefined;

export const version: string = typeof __OGI_VERSION__ === "string" ? __OGI_VERSION__ : "0.0.0-source";
