import { useTranslation } from 'react-i18next';
import { NumberField } from '../../components/NumberField';
import { Select } from '../../components/Select';
import { Switch } from '../../components/Switch';
import { TextField } from '../../components/TextField';
import { imageModelSpec, sizeProblem } from '../../../../shared/pricing';
import { useStudioForm } from '../../stores/image-studio/form';

/** Only the parameters the chosen model accepts, with only the values it accepts. */
export function ParamsFields() {
  const { t } = useTranslation('studio');
  const model = useStudioForm((s) => s.model);
  const p = useStudioForm((s) => s.params);
  const editing = useStudioForm((s) => s.inputs.length > 0);
  const hasMask = useStudioForm((s) => Boolean(s.maskBase64));
  const setParams = useStudioForm((s) => s.setParams);
  // A Batch API run cannot stream: its images arrive finished.
  const batch = useStudioForm((s) => s.batch && s.inputs.length === 0);
  const spec = imageModelSpec(model);
  if (!spec) return null;
  const sizes = spec.sizes.kind === 'fixed' ? spec.sizes.sizes : spec.sizes.presets;
  const free = spec.sizes.kind === 'free';
  const custom = free && !sizes.includes(p.size) && p.size !== 'auto';
  return (
    <div className="st-params">
      <Select label={t('form.n')} value={String(p.n)} onChange={(n) => setParams({ n: Number(n) })}>
        {Array.from({ length: spec.maxN }, (_, i) => (
          <option key={i} value={i + 1}>{i + 1}</option>
        ))}
      </Select>
      <Select label={t('form.size')} value={custom ? 'custom' : p.size} onChange={(size) => setParams({ size: size === 'custom' ? '1920x1088' : size })}>
        {spec.autoSize && <option value="auto">{t('form.auto')}</option>}
        {sizes.map((s) => (
          <option key={s} value={s}>{s.replace('x', ' × ')}</option>
        ))}
        {free && <option value="custom">{t('form.customSize')}</option>}
      </Select>
      {custom && (
        <TextField
          label={t('form.customSizeLabel')}
          value={p.size}
          onChange={(size) => setParams({ size: size.trim().toLowerCase().replace(/\s*[×*]\s*/, 'x') })}
          error={sizeProblem(spec, p.size)}
          help={t('form.customSizeHelp')}
          mono
        />
      )}
      <Select label={t('form.quality')} value={p.quality} onChange={(quality) => setParams({ quality: quality as 'auto' })}>
        {spec.qualities.map((q) => (
          <option key={q} value={q}>{t(`quality.${q}`)}</option>
        ))}
      </Select>
      {spec.backgrounds && (
        <Select label={t('form.background')} value={p.background ?? 'auto'} onChange={(b) => setParams({ background: b as 'auto', ...(b === 'transparent' && p.outputFormat === 'jpeg' ? { outputFormat: 'png' } : {}) })}>
          {spec.backgrounds.map((b) => (
            <option key={b} value={b}>{t(`background.${b}`)}</option>
          ))}
        </Select>
      )}
      {spec.outputFormats && (
        <Select label={t('form.format')} value={p.outputFormat ?? 'png'} onChange={(f) => setParams({ outputFormat: f as 'png', ...(f === 'png' ? { compression: undefined } : {}) })}>
          {spec.outputFormats.map((f) => (
            <option key={f} value={f} disabled={f === 'jpeg' && p.background === 'transparent'}>{f.toUpperCase()}</option>
          ))}
        </Select>
      )}
      {spec.compression && p.outputFormat && p.outputFormat !== 'png' && (
        <NumberField label={t('form.compression')} value={String(p.compression ?? 100)} min={0} max={100} unit="%" onChange={(c) => setParams({ compression: Math.max(0, Math.min(100, Math.round(Number(c) || 0))) })} />
      )}
      {spec.moderation && (
        <Select label={t('form.moderation')} value={p.moderation ?? 'auto'} onChange={(m) => setParams({ moderation: m as 'auto' })}>
          <option value="auto">{t('moderation.auto')}</option>
          <option value="low">{t('moderation.low')}</option>
        </Select>
      )}
      {spec.styles && (
        <Select label={t('form.style')} value={p.style ?? 'vivid'} onChange={(s) => setParams({ style: s as 'vivid' })}>
          {spec.styles.map((s) => (
            <option key={s} value={s}>{t(`style.${s as 'vivid'}`)}</option>
          ))}
        </Select>
      )}
      {spec.maxPartials > 0 && !batch && (
        <Select label={t('form.partials')} value={String(p.partialImages)} onChange={(v) => setParams({ partialImages: Number(v) })}>
          {Array.from({ length: spec.maxPartials + 1 }, (_, i) => (
            <option key={i} value={i}>{i === 0 ? t('form.noStreaming') : t('form.partialCount', { count: i })}</option>
          ))}
        </Select>
      )}
      {editing && spec.inputFidelity && (
        <Select label={t('form.fidelity')} value={p.inputFidelity ?? 'low'} onChange={(f) => setParams({ inputFidelity: f as 'low' })}>
          <option value="low">{t('fidelity.low')}</option>
          <option value="high">{t('fidelity.high')}</option>
        </Select>
      )}
      {editing && hasMask && (
        <Switch label={t('form.keepUnmasked')} description={t('form.keepUnmaskedHelp')} checked={Boolean(p.keepUnmasked)} onChange={(v) => setParams({ keepUnmasked: v })} />
      )}
    </div>
  );
}
