import type { ThemeConfig } from 'antd';

/**
 * antd's default tokens with the contrast WCAG 2 AA asks of text (4.5:1): its primary blue
 * (#1677ff) under white text and its secondary and placeholder greys fall short of it, and a
 * desk works on these screens all day. The browser test's axe scan holds every screen to it.
 */
export const CONSOLE_THEME: ThemeConfig = {
  token: {
    colorPrimary: '#0958d9',
    colorLink: '#0958d9',
    colorTextSecondary: 'rgba(0, 0, 0, 0.68)',
    colorTextDescription: 'rgba(0, 0, 0, 0.68)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.58)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.58)',
    // Empty lists say so in this grey (没有工单): text a user reads, not a disabled control.
    colorTextQuaternary: 'rgba(0, 0, 0, 0.58)',
    colorTextDisabled: 'rgba(0, 0, 0, 0.58)',
    // A refused field's message (须为将来的时间) in red: antd's #ff4d4f is 3.3:1 on white.
    colorError: '#cf1322',
  },
};
