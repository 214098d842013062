import { Tag } from 'antd';
import type { ReactNode } from 'react';

/**
 * antd's preset tag colours fall short of the 4.5:1 contrast text needs: these shades (as the
 * deadline tags') are dark enough on their pale ground. The words carry the meaning; the tone
 * only helps the eye.
 */
const TONES = {
  green: { color: '#135200', background: '#f6ffed', borderColor: '#95de64' },
  amber: { color: '#873800', background: '#fff7e6', borderColor: '#ffc069' },
  red: { color: '#a8071a', background: '#fff1f0', borderColor: '#ff7875' },
  blue: { color: '#003eb3', background: '#e6f4ff', borderColor: '#91caff' },
} as const;

export function ToneTag({ tone, children }: { tone: keyof typeof TONES; children: ReactNode }) {
  return <Tag style={TONES[tone]}>{children}</Tag>;
}
