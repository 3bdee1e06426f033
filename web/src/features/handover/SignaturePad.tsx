import { forwardRef, useEffect, useImperativeHandle, useRef, useState, type PointerEvent } from 'react';
import { useT } from '../../i18n/i18n';

export interface SignaturePadHandle {
  /** The drawing as a PNG in base64 (no "data:" prefix), or null when nothing was drawn. */
  png(): string | null;
  clear(): void;
}

/**
 * A drawing area for the guardian's signature, with a finger, a pen or a mouse (pointer events).
 * It is never the only way to sign: the typed name with a consent box is offered next to it.
 */
export const SignaturePad = forwardRef<SignaturePadHandle, { describedBy: string; onChange(drawn: boolean): void }>(
  function SignaturePad({ describedBy, onChange }, ref) {
    const t = useT();
    const canvas = useRef<HTMLCanvasElement>(null);
    const drawing = useRef(false);
    const [drawn, setDrawn] = useState(false);

    useEffect(() => {
      const c = canvas.current;
      const ctx = c?.getContext('2d');
      if (!c || !ctx) return;
      // Draw at the screen's pixel density so the signature stays sharp in the PDF.
      const ratio = window.devicePixelRatio || 1;
      const { width, height } = c.getBoundingClientRect();
      c.width = Math.round(width * ratio);
      c.height = Math.round(height * ratio);
      ctx.scale(ratio, ratio);
      ctx.lineWidth = 2.5;
      ctx.lineCap = 'round';
      ctx.lineJoin = 'round';
      ctx.strokeStyle = '#0b0c0c';
    }, []);

    const point = (e: PointerEvent<HTMLCanvasElement>) => {
      const r = e.currentTarget.getBoundingClientRect();
      return { x: e.clientX - r.left, y: e.clientY - r.top };
    };
    const down = (e: PointerEvent<HTMLCanvasElement>) => {
      const ctx = e.currentTarget.getContext('2d');
      if (!ctx) return;
      e.currentTarget.setPointerCapture?.(e.pointerId);
      drawing.current = true;
      const p = point(e);
      ctx.beginPath();
      ctx.moveTo(p.x, p.y);
    };
    const move = (e: PointerEvent<HTMLCanvasElement>) => {
      if (!drawing.current) return;
      const ctx = e.currentTarget.getContext('2d');
      if (!ctx) return;
      const p = point(e);
      ctx.lineTo(p.x, p.y);
      ctx.stroke();
      if (!drawn) {
        setDrawn(true);
        onChange(true);
      }
    };
    const up = () => {
      drawing.current = false;
    };
    const clear = () => {
      const c = canvas.current;
      const ctx = c?.getContext('2d');
      if (!c || !ctx) return;
      ctx.save();
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, c.width, c.height);
      ctx.restore();
      setDrawn(false);
      onChange(false);
    };
    useImperativeHandle(ref, () => ({
      png: () =>
        drawn && canvas.current ? canvas.current.toDataURL('image/png').replace(/^data:image\/png;base64,/, '') : null,
      clear,
    }));

    return (
      <div className="signature-pad">
        <canvas
          ref={canvas}
          className="signature-canvas"
          role="img"
          aria-label={drawn ? t('desk.signatureDrawn') : t('desk.signatureEmpty')}
          aria-describedby={describedBy}
          onPointerDown={down}
          onPointerMove={move}
          onPointerUp={up}
          onPointerCancel={up}
          onPointerLeave={up}
        />
        <button type="button" className="button button-small" onClick={clear} disabled={!drawn}>
          {t('desk.signatureClear')}
        </button>
      </div>
    );
  },
);
