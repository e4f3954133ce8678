import type en from '../en/live';
import type { Translation } from '../../translation';

const zh: Translation<typeof en> = {
  open: '录制会议',
  title: '录制会议',
  intro: '发言时实时显示字幕。录音会在录制过程中保存在本机；实时字幕遗漏的部分会在会后转写。',
  microphone: '麦克风',
  defaultMicrophone: '默认麦克风',
  systemAudio: '同时录制系统声音',
  systemAudioHelp: '也录制电脑播放的声音（例如其他应用中的通话）。需要选择要共享的屏幕或窗口。',
  speakers: '区分发言人',
  speakersHelp: '会后整段录音将交给说话人分离模型处理（按转写计费）。',
  start: '开始录制',
  starting: '正在开始…',
  cancel: '返回',
  pause: '暂停',
  resume: '继续',
  stop: '停止并转写',
  stopping: '正在完成…',
  recording: '录制中',
  paused: '已暂停',
  level: '输入音量',
  link: {
    connecting: '正在连接字幕…',
    live: '实时字幕',
    reconnecting: '正在重新连接…',
    off: '字幕已关闭',
  },
  reconnects_other: '重连 {{count}} 次',
  latency: '延迟 {{ms}} 毫秒',
  latencyNone: '延迟 —',
  cost: '{{cost}} · 实时 {{minutes}} 分钟',
  costHelp: '目前的实时字幕费用（{{model}}，约每分钟 {{perMinute}}）。最终文字稿只为字幕遗漏的部分付费。',
  waiting: '有人发言时，字幕会显示在这里。',
  listening: '正在聆听…',
  recordingKept: '即使字幕中断，录音也会安全保存。',
};
export default zh;
