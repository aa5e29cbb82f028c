import { useRef, useState } from 'react';
import type { ImageAsset } from '../../shared/api/contract';
import type { HeroImage } from '../../shared/model/brief';
import { assetUrl } from '../api/asset-url';
import { errorMessage } from '../format/error-message';
import { IMAGE_ACCEPT } from '../files/read-image-file';

export interface HeroImageFieldProps {
  hero: HeroImage | null;
  onChange: (hero: HeroImage | null) => void;
  /** Checks, reads and stores a picked file. */
  uploadImage: (file: File) => Promise<ImageAsset>;
}

/** The hero image: pick, preview, remove, and its alt text, caption and credit. */
export function HeroImageField({ hero, onChange, uploadImage }: HeroImageFieldProps) {
  const fileInput = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const src = hero ? assetUrl(hero.asset) : null;

  async function onFile(file: File): Promise<void> {
    setError(null);
    setUploading(true);
    try {
      const asset = await uploadImage(file);
      onChange({ asset: asset.id, alt: hero?.alt ?? '', caption: hero?.caption ?? '', credit: hero?.credit ?? '' });
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setUploading(false);
    }
  }

  return (
    <section className="hero" aria-label="Hero image" aria-busy={uploading}>
      <div className="hero-frame">
        {src ? (
          <img className="hero-preview" src={src} alt={hero?.alt ?? ''} />
        ) : (
          <div className="hero-placeholder" aria-hidden="true">
            <svg viewBox="0 0 24 24" width="28" height="28" className="icon">
              <rect x="3" y="5" width="18" height="14" rx="2" fill="none" stroke="currentColor" strokeWidth="1.4" />
              <path d="m3 16 5-5 4 4 3-3 6 6" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinejoin="round" />
              <circle cx="16" cy="9.5" r="1.5" fill="currentColor" />
            </svg>
            <span>No hero image</span>
          </div>
        )}
        <div className="hero-actions">
          <button type="button" className="button button-small" onClick={() => fileInput.current?.click()} disabled={uploading}>
            Choose hero image
          </button>
          {hero && (
            <button type="button" className="button button-small button-quiet" onClick={() => onChange(null)}>
              Remove hero image
            </button>
          )}
          {uploading && <span className="hero-progress">Adding image…</span>}
        </div>
        <input
          ref={fileInput}
          type="file"
          accept={IMAGE_ACCEPT}
          className="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          aria-label="Hero image file"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void onFile(file);
          }}
        />
      </div>

      {error && (
        <p className="inline-error-text hero-error" role="alert">
          {error}
        </p>
      )}

      {hero && (
        <div className="hero-fields">
          <div className="field">
            <label className="field-label" htmlFor="hero-alt">
              Hero image alt text
            </label>
            <textarea
              id="hero-alt"
              className="text-input text-area-small"
              rows={2}
              value={hero.alt}
              maxLength={1000}
              placeholder="Describe what the image shows, for readers who cannot see it"
              aria-invalid={hero.alt.trim() === ''}
              aria-describedby="hero-alt-hint"
              onChange={(event) => onChange({ ...hero, alt: event.target.value })}
            />
            <span id="hero-alt-hint" className={`field-hint${hero.alt.trim() === '' ? ' is-over' : ''}`}>
              {hero.alt.trim() === '' ? 'Alt text is required before publishing.' : 'Read aloud in place of the image.'}
            </span>
          </div>
          <div className="hero-fields-row">
            <div className="field">
              <label className="field-label" htmlFor="hero-caption">
                Hero image caption
              </label>
              <input
                id="hero-caption"
                className="text-input"
                value={hero.caption}
                maxLength={2000}
                onChange={(event) => onChange({ ...hero, caption: event.target.value })}
              />
            </div>
            <div className="field">
              <label className="field-label" htmlFor="hero-credit">
                Hero image credit
              </label>
              <input
                id="hero-credit"
                className="text-input"
                value={hero.credit}
                maxLength={500}
                placeholder="Photographer / agency"
                onChange={(event) => onChange({ ...hero, credit: event.target.value })}
              />
            </div>
          </div>
        </div>
      )}
    </section>
  );
}
