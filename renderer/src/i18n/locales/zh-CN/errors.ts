import type en from '../en/errors';
import type { Translation } from '../../translation';

const zh: Translation<typeof en> = {
  invalid_input: { message: '填写的部分信息无效。', hint: '请更正后重试。' },
  not_found: { message: '该项目已不存在。', hint: '它可能已在其他窗口中被删除。请刷新列表。' },
  forbidden: { message: '此请求被拒绝。', hint: '请从启动时打印的地址重新打开应用。' },
  auth: { message: '服务商拒绝了该 API 密钥。', hint: '打开“设置 → 服务商”，输入有效的密钥。' },
  quota: { message: '服务商账户余额已用完。', hint: '请检查账户的套餐和账单，然后重试。' },
  rate_limited: { message: '服务商正在限制请求速度。', hint: '请稍候；Atelier 会自动重试。' },
  content_policy: { message: '请求被内容策略拦截。', hint: '请改写输入内容，或修改该场景的内容过滤设置。' },
  too_large: { message: '输入超出允许的大小。', hint: '请使用更小的文件，或将其拆分。' },
  unsupported_format: { message: '不支持此文件格式。', hint: '请将文件转换为支持的格式后重新添加。' },
  model_not_found: { message: '该服务商不提供所选模型。', hint: '请选择其他模型，或在设置中刷新服务商的模型列表。' },
  timeout: { message: '服务商响应超时。', hint: '请重试，或在设置中为此类请求调高超时时间。' },
  offline: { message: '无法连接到服务商。', hint: '请检查网络连接和服务商的 Base URL。' },
  budget_exceeded: { message: '将超出支出限额。', hint: '请在“设置 → 预算”中提高预算，或等待下一个周期。' },
  upstream: { message: '服务商返回了错误。', hint: '请稍后重试。如果问题持续，请查看服务商的状态页面。' },
  cancelled: { message: '请求已取消。', hint: '准备好后再次发送。' },
  conflict: { message: '这会与已有内容冲突。', hint: '请换一个名称或取值。' },
  vault_unavailable: { message: '无法使用密钥存储。', hint: '请确认系统钥匙串已解锁，然后重启 Atelier。' },
  no_provider: { message: '尚未设置 AI 服务商。', hint: '打开“设置 → 服务商”添加一个。' },
  internal: { message: 'Atelier 内部出错。', hint: '请重试。如果一直出现，请重启应用。' },
};
export default zh;
