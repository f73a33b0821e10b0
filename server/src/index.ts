export { createApp, type AppOptions } from './app.ts';
export { readConfig, type ServerConfig } from './config.ts';
export { listen, type Listening } from './http/listen.ts';
export { createDriver } from './neo4j/driver.ts';
