export { type AppOptions, createApp } from './app.js';
export { openapi } from './openapi.js';
export { type ServerOptions, startServer } from './server.js';
