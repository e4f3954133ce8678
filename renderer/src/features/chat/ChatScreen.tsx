import { ComingSoon } from '../shell/ComingSoon';

export function ChatScreen() {
  return (
    <ComingSoon
      screen="chat"
      icon="chat"
      modality="text"
      headline="Conversations will live here"
      summary="Chat with your default text model, keep every conversation on this machine, and pick up where you left off."
      features={['Streamed answers with a stop button', 'Conversations saved locally and searchable', 'Switch model per conversation; a cheaper fallback if one fails']}
    />
  );
}
