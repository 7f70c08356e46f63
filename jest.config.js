/** Jest in ESM mode (see CONTRIBUTING.md for the rules of mocking ES modules). */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  resolver: 'ts-jest-resolver',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json', useESM: true }],
  },
  testMatch: ['**/__tests__/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/lib/', '/dist/'],
  clearMocks: true,
  collectCoverageFrom: ['./src/**'],
  testTimeout: 30000,
};
