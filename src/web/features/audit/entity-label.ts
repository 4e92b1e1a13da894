// The readable name of an audit entity type (its audit.entity.* label, or the raw type when unknown).
import { useT, type MessageKey } from '../../i18n/i18n.tsx';
import { isKnownEntityType } from './audit-api.ts';

export function useEntityLabel(): (type: string) => string {
  const { t } = useT();
  return (type) => (isKnownEntityType(type) ? t(`audit.entity.${type}` as MessageKey) : type);
}
