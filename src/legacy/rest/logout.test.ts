import { harness, tick } from './__tests__/harness';

test('logout GETs <api>/clients/unauth with credentials, needs no key, and reports the raw outcome', async () => {
  const h = harness();
  h.ctx.setKey(undefined);
  const ok = jest.fn();
  const bad = jest.fn();
  h.call('logout', { onSuccess: ok, onError: bad });
  expect(h.requests[0].req).toMatchObject({ method: 'GET', url: 'http://127.0.0.1:9/api/clients/unauth', withCredentials: true });
  h.requests[0].answer(200, 'success');
  expect(ok).not.toHaveBeenCalled();
  await tick();
  expect(ok).toHaveBeenCalledWith('success');
  h.call('logout', { onError: bad });
  h.requests[1].answer(404);
  await tick();
  expect(bad).toHaveBeenCalledWith('not_found', 404);
  expect(() => h.call('logout')).not.toThrow();
});

test('logout also ends the cloud sign-ins of the page (the cloud API), only when there are some', async () => {
  const h = harness();
  h.call('logout');
  expect(h.cloudLogouts).toEqual([]);
  h.ctx.cloud.token = 'TOKEN';
  h.call('logout');
  expect(h.cloudLogouts).toEqual([{ cloud: undefined, token: 'TOKEN' }]);
  await tick();
  expect(h.ctx.cloud.token).toBeUndefined();
  expect(h.requests.length).toBe(2);
});
