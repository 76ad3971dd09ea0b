/** An image stream as plain data: its dictionary (names as strings) and its bytes in base64. */
export interface ImageStream {
  dict: Record<string, number | string | number[]>;
  data: string;
}

/** A PDF image with, when the picture has transparency, its alpha channel as a soft mask. */
export interface LogoImage {
  width: number;
  height: number;
  image: ImageStream;
  mask?: ImageStream;
}
