import { ApiError, NETWORK_ERROR, apiErrorOf } from '../api/api-error';

/** The file name a download path ends in: `/reports/monthly/2026-11.xlsx` → `2026-11.xlsx`. */
export const fileNameOf = (path: string) => path.split('/').pop() ?? path;

/**
 * GETs a report file at the gateway with the user's token and hands it to the browser as a
 * download named as the URL names it. A refusal comes as the API's JSON error body; it is
 * thrown as an ApiError with the API's message, so the screen shows what to do.
 */
export async function downloadReportFile(path: string, token: string | undefined): Promise<void> {
  if (!token) throw new ApiError('UNAUTHENTICATED', '登录已过期，请重新登录后再下载。');
  let response: Response;
  try {
    response = await fetch(path, { headers: { authorization: `Bearer ${token}` } });
  } catch {
    throw new ApiError(NETWORK_ERROR, '未收到服务器的答复，请检查网络后重试。');
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { errors?: unknown[] };
    throw Array.isArray(body.errors) && body.errors.length > 0
      ? apiErrorOf(body.errors)
      : new ApiError(NETWORK_ERROR, `下载失败（HTTP ${response.status}），请稍后重试。`);
  }
  const url = URL.createObjectURL(await response.blob());
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = fileNameOf(path);
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // After the click has handed the blob to the download: the next task may free it.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
