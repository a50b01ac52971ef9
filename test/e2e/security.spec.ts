import { expect, test } from './support/test';

test.describe('web transport security', () => {
  test('refuses requests without the token (401)', async ({ playwright, server }) => {
    // A fresh context: no cookie from an earlier page load.
    const request = await playwright.request.newContext();
    try {
      expect((await request.get(`${server.origin}/`)).status()).toBe(401);
      expect((await request.get(`${server.origin}/api`)).status()).toBe(401);
      expect((await request.get(`${server.origin}/?token=not-the-token`)).status()).toBe(401);
      expect((await request.get(`${server.origin}/?token=${server.token}`)).status()).toBe(200);
    } finally {
      await request.dispose();
    }
  });

  test('refuses a foreign Origin (403), even with the token', async ({ playwright, server }) => {
    const request = await playwright.request.newContext();
    try {
      const headers = { Origin: 'http://evil.example' };
      expect((await request.get(`${server.origin}/?token=${server.token}`, { headers })).status()).toBe(403);
      expect((await request.get(`${server.origin}/api?token=${server.token}`, { headers })).status()).toBe(403);
    } finally {
      await request.dispose();
    }
  });

  test('the page carries a strict Content-Security-Policy', async ({ page, server }) => {
    const response = await page.goto(server.url);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
      'content',
      /default-src 'none'/,
    );
  });
});
