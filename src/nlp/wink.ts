import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

/** One wink-nlp instance per thread: loading the model is the costly part. */
let instance: ReturnType<typeof winkNLP> | undefined;

export const wink = (): ReturnType<typeof winkNLP> => {
  instance ??= winkNLP(model);
  return instance;
};
