import { readDigitalSourceType } from '../model/digitalSourceType'

/**
 * What a Digital Source Type (…/digitalsourcetype/trainedAlgorithmicMedia) says the reader
 * must be told: 'ai' for generated images, 'composite' for composites, null for a photograph.
 */
export function syntheticKind(digitalSourceType: string | undefined): 'ai' | 'composite' | null {
  const reading = readDigitalSourceType(digitalSourceType)
  return reading?.aiGenerated ? 'ai' : reading?.composite ? 'composite' : null
}
