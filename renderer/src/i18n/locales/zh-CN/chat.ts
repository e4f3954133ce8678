import type en from '../en/chat';
import type { Translation } from '../../translation';

const zh: Translation<typeof en> = {
  picker: {
    inUseScene: '{{model}}（场景或默认）',
    inUseConversation: '{{model}}（本对话）',
    sceneOrDefault: '场景或默认模型',
    conversationModel: '对话模型',
    notListed: '{{model}}（已不在列表中）',
    tier: { fast: '快速低价', balanced: '均衡', capable: '最强' },
    capability: { chat: '对话', vision: '可读图片', audio: '音频', image: '生成图片' },
  },
  composer: {
    tooLong: '这段文字太长，无法作为一条消息发送（{{length}} 个字符；上限为 {{limit}}）。',
    attachAsFile: '作为文件附加',
    tokensIn: '输入 {{tokens}} 个 token',
    cost: '约 {{likely}} · 最多 {{max}}',
    priceUnknown: '{{model}} 的价格未知',
    estimateTitle: '发送给 {{model}}：约 {{input}} 个输入 token。预计费用按约 {{reply}} 个 token 的回复计算；回复达到 {{max}} 个 token 时费用最高。',
    withoutReply: '不含回复：{{cost}}。',
  },
  usage: {
    stopped: '已停止',
    stoppedTitle: '在完成前停止：按已收到的 token 计费。',
  },
  transfer: {
    import: '导入',
    importLabel: '导入对话',
    importTitle: '导入以 JSON 或 Markdown 导出的对话',
    emptyHint: '请选择从 Atelier 导出的 JSON 或 Markdown 对话文件。',
  },
  branch: {
    switchedTitle: '正在显示此对话的另一个版本',
    switchedText: '你搜索的消息位于另一个版本（修改过的问题或重新生成的回复）中，因此现在显示的是该版本。',
    back: '回到之前的版本',
    stay: '留在这里',
  },
  first: {
    label: '第一条消息',
    placeholder: '随便问点什么——按 Enter 发送并开始对话',
    send: '发送',
    couldNotSend: '无法发送这条消息',
  },
};

export default zh;
