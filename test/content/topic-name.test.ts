import { describe, expect, it } from 'vitest';
import { topicName } from '../../src/content/topic-name.js';

describe('topicName', () => {
  it('names every topic the decks use in Chinese, and keeps the id in English', () => {
    const topics = ['handshake', 'teardown', 'time-wait', 'states', 'troubleshooting'];
    expect(topics.length).toBeGreaterThan(0);
    for (const topic of topics) {
      expect(topicName(topic, 'en')).toBe(topic);
      expect(topicName(topic, 'zh')).toMatch(/[\u4e00-\u9fff]|TIME-WAIT/);
    }
  });
});
