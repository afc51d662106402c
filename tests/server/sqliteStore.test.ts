import { sqliteStore } from '../../src/server/sqliteStore';
import { storeContract } from './storeContract';

// The embedded store meets the same contract as the Redis one (a fresh in-memory database each time).
storeContract('SQLite', async () => sqliteStore(':memory:'));
