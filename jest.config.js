'use strict';
const pkg = require('./package.json');

// The AWS SDK warns once per process that its releases after January 2027 need Node 22; the versions in the lock run on
// Node 20 (README). Workers inherit this, so test output carries only what the tests say.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

// Transpile only (isolatedModules in the tsconfig ts-jest is given): types are checked by `npm run typecheck`.
const tsJest = ['ts-jest', { tsconfig: { isolatedModules: true, target: 'ES2019', module: 'commonjs', esModuleInterop: true, resolveJsonModule: true, importHelpers: false } }];
const common = {
  transform: { '^.+\\.ts$': tsJest },
  globals: { __VERSION__: pkg.version },
  moduleFileExtensions: ['ts', 'js', 'json'],
};

/** Three suites: logic in jsdom (next to the code), the built bundle in jsdom (compat-tests), and Node over loopback HTTP (server and engine integration). */
module.exports = {
  projects: [
    { ...common, displayName: 'unit', testEnvironment: 'jsdom', testMatch: ['<rootDir>/src/**/*.test.ts'], testPathIgnorePatterns: ['\\.node\\.test\\.ts$'] },
    // compat-tests build their own pages with the declared jsdom (the major jest-environment-jsdom 29 runs, so both agree).
    { ...common, displayName: 'compat', testEnvironment: 'node', testMatch: ['<rootDir>/compat-tests/**/*.test.ts'] },
    { ...common, displayName: 'node', testEnvironment: 'node', testMatch: ['<rootDir>/server/**/*.test.ts', '<rootDir>/src/**/*.node.test.ts', '<rootDir>/bench/**/*.test.ts'] },
  ],
};
